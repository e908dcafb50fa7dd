# ifeq strips inner spaces
ifeq ( a , a )
$(info stripped)
else
$(info not-stripped)
endif
all: ; @:
