all: x ;
x: ; @echo x
