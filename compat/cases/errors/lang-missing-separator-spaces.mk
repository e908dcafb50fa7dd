# missing separator spaces
all:
        echo spaces