printf '%%.x: %%.y\n\t@cp $< $@; echo x\n%%.y: %%.z\n\t@cp $< $@; echo y\n' > Makefile
touch q.z
make q.x
make q.x
sleep 0.02; touch q.z
make q.x
