# nested in false branch not evaluated
ifdef nothere
ifeq ($(error not evaluated),)
endif
endif
$(info ok)
all: ; @:
