# Entering comes just before the first output: a $(shell) child, $(info), a message, an
# error; under -q a makefile's $(info) still opens the pair.
mkdir sub
printf 'X := $(shell echo err >&2)\nall:\n\t@:\n' > sub/a.mk
make -C sub -f a.mk 2>&1; echo "exit=$?"
printf '$(info hi)\nall:\n\t@echo x\n' > sub/b.mk
make -C sub -f b.mk -q 2>&1; echo "exit=$?"
make -w -C sub -f b.mk -n 2>&1; echo "exit=$?"
printf 'all: x\n\t@:\nx:\n' > sub/c.mk
make -C sub -f c.mk 2>&1; echo "exit=$?"
printf 'all:\n\t@:\nfoo\n' > sub/d.mk
make -C sub -f d.mk 2>&1; echo "exit=$?"
printf 'all: missing\n' > sub/e.mk
make -C sub -f e.mk 2>&1; echo "exit=$?"
touch sub/f; printf 'f:\n\t@echo never\n' > sub/f.mk
make -C sub -f f.mk 2>&1; echo "exit=$?"
