# included rule default
#| setup: printf "first: ; @echo first\n" > r.mk
include r.mk
all: ; @echo main