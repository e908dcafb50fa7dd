# A "#" line in a recipe is passed to the shell (and echoed); a non-tab comment line between recipe lines is make's.
all:
	# shell comment
# make comment
	@echo after
