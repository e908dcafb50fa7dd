# tab only line ignored
all: ; @echo ok
	
