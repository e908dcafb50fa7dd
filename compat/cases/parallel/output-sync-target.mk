# -O (target) groups each target's output; independent targets sorted via a final check file.
#| args: -j3 -Otarget
all: x y z
	@cat x.log y.log z.log
x y z:
	@echo $@ line1 > $@.log
	@echo $@ line2 >> $@.log
