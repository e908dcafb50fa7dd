# ifdef computed name
n = x
x = 1
ifdef $(n)
$(info computed)
endif
all: ; @:
