# -n shows a backslash-continued line exactly as written (backslash-newline kept, the tab on the next line removed).
#| args: -n
all:
	@echo one \
	    two \
	three
