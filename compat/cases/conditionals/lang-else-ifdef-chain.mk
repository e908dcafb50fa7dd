# else ifdef chain
#| args: B=1
ifdef A
$(info A)
else ifdef B
$(info B)
else ifndef C
$(info not-C)
endif
all: ; @:
