# A pattern with a directory part: e%t matching src/eat gives stem src/a; prerequisite c%r becomes src/car (manual 10.5.4).
#| setup: mkdir src && touch src/car
e%t: c%r
	@echo stem=$* prereq=$<
all: src/eat
.DEFAULT_GOAL := all
