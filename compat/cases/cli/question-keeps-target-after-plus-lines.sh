#| known-difference: GNU make deletes an existing target when -q stops its recipe after `+` lines ran ("*** Deleting file"); xmake keeps the file (never lose data)
printf 'all: dep\n\t+echo all\n\techo x\ndep:\n\techo dep\n' > Makefile
touch -d '2020-01-01' all; touch -d '2021-01-01' dep
make -q; echo "exit=$?"; ls
