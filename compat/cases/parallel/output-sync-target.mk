# -O (target) with -j3: each recipe writes a log; the final cat gives a fixed order regardless of scheduling.
#| args: -j3 -Otarget
all: x y z
	@cat x.log y.log z.log
x y z:
	@echo $@ line1 > $@.log
	@echo $@ line2 >> $@.log
