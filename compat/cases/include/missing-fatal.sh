# include of a missing file with no rule to make it is fatal, with the include line's location.
cat > Makefile <<'M'
all: ; @echo all
include nothere.mk
M
make; echo "exit=$?"
