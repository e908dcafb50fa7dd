#| normalise: database
# A sub-make that fails under -k: both data bases, the parent's record of the failed recipe.
mkdir sub
printf 'inner: ; @exit 4\n' > sub/Makefile
cat > Makefile <<'MK'
all: subdir other
subdir: ; @$(MAKE) -C sub
other: ; @echo other
.PHONY: all subdir other
MK
make -rR -p -k; echo "exit=$?"
