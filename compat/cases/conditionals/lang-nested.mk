# nested
#| args: A=1
ifdef A
ifdef B
$(info AB)
else
$(info A-not-B)
endif
else
$(info not-A)
endif
all: ; @:
