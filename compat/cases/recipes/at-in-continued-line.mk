# @ only counts at the start of a logical recipe line, not after a backslash-newline.
all:
	echo one \
	@echo two
