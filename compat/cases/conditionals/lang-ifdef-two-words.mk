# ifdef two words
ifdef a b
endif
all: ; @:
