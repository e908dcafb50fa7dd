# A recipe indented with spaces instead of a tab gets the "(did you mean TAB instead of 8 spaces?)" hint.
all:
        echo spaces
