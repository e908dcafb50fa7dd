# patsubst escaped percent
$(info $(patsubst \%a,b,%a a))
all: ; @:
