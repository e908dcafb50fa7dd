printf '.SECONDARY:\n%%.x: %%.y\n\t@cp $< $@; echo x\n%%.y: %%.z\n\t@cp $< $@; echo y\n' > Makefile
touch q.z
make q.x
make q.x
ls
