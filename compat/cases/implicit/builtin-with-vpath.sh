# Built-in C rule finds the source through vpath; $< is the found path.
mkdir src; touch src/foo.c
printf 'vpath %%.c src\n' > Makefile
make -n foo.o; echo "exit=$?"
