# GNU drops a leading `./` and every slash after it from file names (targets, prerequisites,
# static pattern targets, goals, `include`, `-f`, `-W`, `-o`): `.//a.o` is `a.o`, a name
# stripped to nothing is `./`, and `src/./a` keeps its inner `./`.
for t in './a.o' './/a.o' './//a.o' './/./a.o' './' './/' './/.' 'src/./a.o'; do
  printf 'all: %s b\nb: %s ; @echo "b [$^]"\n%s: ; @echo "[$@]"\n' "$t" "$t" "$t" > Makefile
  printf '%s\n' "== $t"
  make; echo "exit=$?"
  make "$t"; echo "exit=$?"
done
for t in './a.o' './/a.o' '././a.o' './src/a.o' './/src/a.o' 'src/./a.o'; do
  for pat in '%.o: %.c' 'src/%.o: src/%.c' 'a.%: x.%'; do
    printf 'all: %s ; @echo done\n%s: %s\n\t@echo "$@ from [$<] [$*]"\n%%.c: ; @echo mk "[$@]"\nx.o: ; @echo mk x.o\n' "$t" "$t" "$pat" > Makefile
    printf '%s\n' "== $t $pat"
    make -r; echo "exit=$?"
  done
done
echo 'X = 1' > inc.mk
printf 'include .//inc.mk\nall: ; @echo $(MAKEFILE_LIST) $(X)\n' > Makefile
make; echo "exit=$?"
make -f .//Makefile; echo "exit=$?"
make -f ././/Makefile; echo "exit=$?"
printf 'all: dep ; @echo all\ndep: ; @echo dep\n' > Makefile
touch -d '2020-01-01' dep
touch -d '2021-01-01' all
make -W .//dep; echo "exit=$?"
make -W ./dep; echo "exit=$?"
make -B -o .//dep; echo "exit=$?"
