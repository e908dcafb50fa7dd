# $(shell) in a recipe runs during expansion even under -n (only the recipe line is not run).
#| args: -n
all:
	echo $(shell echo ran > shell-ran; echo expanded)
