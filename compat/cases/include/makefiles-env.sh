# The MAKEFILES environment variable names makefiles read first; they do not set the default goal.
echo 'extra: ; @echo extra target' > extra.mk
echo '$(info extra read)' >> extra.mk
cat > Makefile <<'M'
all: ; @echo all $(words $(MAKEFILE_LIST))
M
MAKEFILES=extra.mk make; echo "exit=$?"
