# missing two
include a.mk b.mk
all: ; @: