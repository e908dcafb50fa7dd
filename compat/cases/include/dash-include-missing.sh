# -include and sinclude ignore missing files silently.
cat > Makefile <<'M'
-include nothere.mk
sinclude also-missing.mk
all: ; @echo ok $(words $(MAKEFILE_LIST))
M
make; echo "exit=$?"
