# generated include
include gen.mk
gen.mk: ; @echo "G = generated" > $@
all: ; @echo [$(G)]