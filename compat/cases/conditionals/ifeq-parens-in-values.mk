# Values containing parentheses and commas via variables compare literally.
X = f(a,b)
Y = f(a,b)
ifeq ($(X),$(Y))
$(info same)
endif
all: ; @:
