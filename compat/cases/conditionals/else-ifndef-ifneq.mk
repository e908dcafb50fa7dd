# "else ifndef" and "else ifneq" forms.
A = 1
ifndef A
$(info no A)
else ifneq ($(A),1)
$(info A not 1)
else ifndef B
$(info A is 1 and no B)
endif
all: ; @:
