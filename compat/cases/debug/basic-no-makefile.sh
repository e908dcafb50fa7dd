# --debug=b without a makefile, and with only --eval text
#| normalise: banner
make --debug=b; echo "exit=$?"
make --debug=b --eval 'all: ; @echo x'; echo "exit=$?"
