# Under -B, $? lists every (normal) prerequisite, as if all were newer than the target.
touch -d '2020-01-01' a.c b.c
touch a.o
printf 'a.o: a.c b.c | oo\n\t@echo [$?] [$^]\noo: ; @:\n' > a.mk
make -B -f a.mk; echo "exit=$?"
printf 'a.o: a.c\na.o: b.c\n\t@echo [$?]\n' > b.mk
make -B -f b.mk; echo "exit=$?"
make -B --trace -f b.mk; echo "exit=$?"
