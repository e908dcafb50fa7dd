# include accepts several names and wildcards; files are included in glob order.
mkdir parts
echo '$(info part b)' > parts/b.mk
echo '$(info part a)' > parts/a.mk
echo '$(info single)' > one.mk
cat > Makefile <<'M'
include one.mk parts/*.mk
all: ; @echo $(MAKEFILE_LIST)
M
make; echo "exit=$?"
