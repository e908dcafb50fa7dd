# dash include missing
-include nothere.mk
$(info survived)
all: ; @:
