#| normalise: database
# Exactly what bash-completion runs to list targets.
mkdir -p sub
cat > Makefile <<'MK'
all: build test
build: ; @echo build
test: build ; @echo test
sub/thing: ; @:
.hidden: ; @:
%.o: %.c ; @:
.PHONY: all build test
MK
make -npq __BASH_MAKE_COMPLETION__=1 .DEFAULT; echo "exit=$?"
make -npq __BASH_MAKE_COMPLETION__=1 -C sub .DEFAULT; echo "exit=$?"
