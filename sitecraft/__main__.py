from sitecraft.cli import main

main()
