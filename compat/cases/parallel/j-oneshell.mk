# .ONESHELL recipes under -j: each target's recipe is one script; chained order.
#| args: -j3
.ONESHELL:
all: two ; @echo all
one:
	@x=1
	echo one $$x
two: one
	@y=2
	echo two $$y
