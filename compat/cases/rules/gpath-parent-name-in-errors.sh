# A target found through VPATH in a GPATH directory is named by its vpath name at once: in
# "needed by" and in -k's "not remade"; outside GPATH it keeps its own name there.
mkdir -p src lib
touch src/prog src/other
printf 'VPATH = src:lib\nGPATH = src\nprog: a.c b.c\n\t@echo prog\n' > Makefile
make -k prog; echo "exit=$?"
make prog; echo "exit=$?"
printf 'VPATH = src:lib\nother: a.c\n\t@echo other\n' > Makefile
make -k other; echo "exit=$?"
