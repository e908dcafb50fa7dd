# $(call) of itself recursing through $(call) is not the self-reference error
#| known-difference: GNU make overflows its stack and crashes; xmake stops with an error
f = $(call f)
$(info $(call f))
all: ; @:
