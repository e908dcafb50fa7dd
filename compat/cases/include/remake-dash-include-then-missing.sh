# Makefiles are remade newest first: a -include'd one that is remade does not stop the
# others, and a required one that cannot be made is reported before any restart.
cat > Makefile <<'MK'
include missing.mk
-include gen.mk
$(info restarts=[$(MAKE_RESTARTS)])
gen.mk: ; @echo making $@; echo 'G := yes' > $@
all: ; @echo all
MK
make; echo "exit=$?"
