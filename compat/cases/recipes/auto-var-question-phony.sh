# $? includes phony prerequisites (they always count as newer).
touch -d '2020-01-01 00:00:00' old
touch -d '2020-01-02 00:00:00' t
printf '.PHONY: ph\nt: old ph\n\t@echo "?=$?"\nph: ; @:\n' > Makefile
make; echo "exit=$?"
