# Under -B the makefiles are remade once: after the restart GNU does not remake them again,
# and a makefile that is also a goal is already up to date then; other targets are remade.
cat > Makefile <<'MK'
all: dep ; @echo all
include gen.mk
gen.mk: ; @echo making $@ restarts=[$(MAKE_RESTARTS)]; echo 'G := yes' > $@
dep: ; @echo dep restarts=[$(MAKE_RESTARTS)]
MK
touch dep
make -B; echo "exit=$?"
make -B; echo "exit=$?"
make -B gen.mk; echo "exit=$?"
