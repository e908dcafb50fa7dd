# A double-colon (terminal) match-anything rule applies only when its prerequisites exist.
#| setup: touch foo.v
%:: %.v ; @echo checkout $@ from $<
all: foo bar
.DEFAULT_GOAL := all
