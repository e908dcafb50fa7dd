# -t on a target without a recipe: nothing is touched ("Nothing to be done").
touch -d '2020-01-01 00:00:00' dep
printf 'goal: dep\n' > Makefile
make -t; echo "exit=$?"
ls
