# .DELETE_ON_ERROR only deletes a target whose mtime changed; an untouched old file stays.
touch -d '2020-01-01 00:00:00' out
touch -d '2020-01-02 00:00:00' in
printf '.DELETE_ON_ERROR:\nout: in\n\tfalse\n' > Makefile
make; echo "exit=$?"
ls
