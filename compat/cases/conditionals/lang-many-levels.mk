# many levels
ifeq (1,1)
ifeq (2,2)
ifeq (3,3)
$(info deep)
endif
endif
endif
all: ; @:
