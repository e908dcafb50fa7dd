# A dependency loop: "Circular a <- b dependency dropped." and make continues.
all: a ; @echo all
a: b ; @echo a
b: a ; @echo b
