// Given names common across Europe, the Americas, Asia and Africa: a capitalised word after one is likely a surname.
const names = `
Aaron Abdul Abdullah Abel Abraham Ada Adam Adele Adriaan Adrian Adriana Agnes Agnieszka Ahmed Aida Aidan Aiko Ajay Akira Alain Alan Alba Albert Alberto Aleksander Alessandro Alex Alexander Alexandra Alexandre Alexis Alfred Ali Alice Alicia Alina Alison Allan Alma Amanda Amelia Amir Amit Amy Ana Anders Andrea Andreas Andrei Andrés Andrew Andrzej Andy Angela Angelika Anil Anita Anja Ann Anna Anne Anneke Annette Annika Anthony Antoine Anton Antonio Anu Anurag Arash Ari Arjun Arne Arnaud Arnold Arthur Arvid Asa Åsa Ashley Astrid Audrey Axel Aya
Barbara Bart Bas Bastian Beatrice Ben Benedikt Benjamin Benoît Bernard Bernd Bernhard Bert Berit Bettina Bill Birgit Bjarne Björn Bjørn Bo Bob Børge Boris Brad Brendan Brian Brigitte Bruce Bruno Bryan
Camilla Carl Carla Carlo Carlos Carmen Carol Caroline Carolyn Carsten Casper Catherine Cathrine Cecilia Cédric Celine Céline Charles Charlie Charlotte Chen Chris Christian Christiane Christina Christine Christoph Christophe Christopher Claes Claire Clara Claudia Claus Colin Connie Conor Cornelia Craig Cristina Cyril
Dag Daisuke Dolf Dan Dana Daniel Daniela Danielle Dario Darren David Dean Deborah Denis Dennis Derek Diana Didier Diego Dieter Dirk Dmitry Dominic Dominik Dominique Donald Doris Dorothea Douglas Duncan
Ebba Ed Eddie Edgar Edith Eduardo Edward Edwin Eirik Eivind Elaine Elena Eli Elias Elin Elisabeth Elizabeth Ella Ellen Elon Emil Emilie Emily Emma Emmanuel Enrico Eric Erica Erik Erika Erling Ernst Esben Espen Esther Étienne Eva Evelyn Ewa
Fabian Fabienne Fabio Fatima Federico Felix Ferdinand Fernando Filip Finn Florian Frances Francesca Francesco Francis Francisco François Françoise Frank Frans Frederik Fredrik Frida Friedrich Fritz
Gabriel Gabriele Gabrielle Gary Geert Georg George Georges Gérard Gerhard Gert Gianluca Gilles Gina Giorgio Giovanni Gisela Giuseppe Gordon Grace Graham Gunnar Günter Gustav Gustavo Guy
Hakan Håkan Hamid Hanna Hannah Hannes Hans Harald Harry Hasan Hassan Heidi Heike Heinrich Heinz Helen Helena Helene Helga Helle Hélène Henk Henning Henri Henrik Henry Herbert Hermann Hideo Hilde Hiroshi Holger Howard Hugo Hussein
Ian Ida Igor Ilse Inga Inge Inger Ingrid Ingvar Irene Iris Isaac Isabel Isabella Isabelle Ivan Ivar
Jack Jacob Jacques Jakob James Jamie Jan Jane Janet Janne Jason Javier Jean Jeanette Jeff Jeffrey Jen Jennifer Jens Jeremy Jeroen Jérôme Jesper Jessica Jim Jimmy Joachim Joan Joanna Joe Johan Johann Johanna Johannes John Jon Jonas Jonathan Jordan Jorge Jørgen Jörg José Josef Joseph Josh Joshua Juan Judith Julia Julian Julie Julien Jun Jürgen Justin Jutta
Kai Kaj Kamal Karen Kari Karim Karin Karl Karsten Kasper Katarina Kate Katharina Katherine Kathrin Kathy Katja Katrin Keith Ken Kenji Kenneth Kevin Kim Kirsten Kjell Klaus Knut Koen Koji Kristian Kristina Kristoffer Kurt
Lajos Lars Laura Laurent Lauren Lea Lena Lene Leo Leon Leonard Leonie Liam Lin Linda Lisa Lise Lotte Louis Louise Luc Luca Lucas Lucia Ludwig Luis Luisa Lukas Lars-Erik Lynn
Madeleine Mads Magnus Maja Malin Manfred Manuel Marc Marcel Marco Marcus Margaret Margit Margrethe Maria Marianne Marie Marina Mario Marion Mark Marko Markus Marta Martin Martina Mary Masayoshi Mathias Mathieu Matt Matteo Matthew Matthias Mattias Maurice Max Maxime Mehmet Melanie Mette Michael Michel Michelle Miguel Mika Mikael Mikkel Mohamed Mohammed Monica Monika Morten Muhammad Mukesh
Nadia Nadine Nancy Naoko Natalia Natalie Nathalie Neil Nicholas Nick Niclas Nicolai Nicolas Nicole Niels Nikolai Nikolaj Nils Nina Noah Nora Norbert
Olaf Olav Ole Olga Oliver Olivia Olivier Omar Oscar Oskar Otto Ove
Pablo Paolo Pascal Patricia Patrick Paul Paula Pauline Pedro Peer Per Peter Petra Philip Philipp Philippe Pia Pierre Pieter Pietro Piotr Poul Preben Priya
Rafael Rahul Raj Rajesh Ralf Ralph Ramón Rasmus Raymond Rebecca Reed Reinhard René Richard Rick Rikke Rita Rob Robert Roberto Robin Roger Roland Rolf Roman Ronald Rosa Ross Rudolf Rune Rupert Ruth Ryan
Sabine Sally Sam Samuel Sergey Sandra Sanjay Sara Sarah Sascha Satoshi Satya Scott Sean Sebastian Sebastien Sébastien Sergei Sergio Shinji Shu Sibylle Sigrid Silke Simon Simone Sofia Sofie Søren Sophie Stefan Stefanie Steffen Stein Stephan Stephanie Stéphane Stephen Steve Steven Stig Stuart Sundar Sune Susan Susanne Suzanne Svein Sven Sylvia Sylvie
Takashi Tanja Tarek Ted Teresa Terje Thierry Thomas Thomas-Peter Thor Thorsten Tim Timo Tina Tobias Tom Tomas Tommy Tony Tor Torben Torsten Tove Tracy Trine Troels Tuomas
Ulf Ulla Ulrich Ulrike Urs Ursula Uwe
Valentina Valérie Vanessa Vera Véronique Victor Vijay Viktor Vincent Virginia Vivian Vladimir
Walter Warren Wei Werner Wilhelm Will William Willem Wim Wolfgang
Xavier Xi Yann Yannick Yasmin Yoshiro Yuki Yusuf Yves Yvon Zhang Zoe Zoltán
Ron Don Ola Leif Kees Joop Ray Roy Gus Hal Ned René Rene Piet Pim Sjoerd Ruud Theo Teun Mike Dave Pat Greg Larry Phil Doug Anshu
Dick Gerrit Maarten Frits Herman Wouter Arjen Feike Marjan Annemiek Ilja Jos Margot Carola Horst Rainer Mats Torbjørn Geir Kjetil Ståle Trond
Abigail Amber Angus Annie Archie Barry Beth Betty Beverly Blake Bobby Brenda Brett Brooke Bryce Caleb Cameron Carrie
Chad Cheryl Cindy Clint Cody Colleen Connor Curtis Cynthia Danny Darrell Debbie Denise Diane Donna Dwight Eileen
Elliot Elliott Eugene Evan Fred Gavin Geoffrey Gerald Gillian Glenn Gloria Gregory Gwen Heather Irving Jacqueline Jake
Janice Jay Jeanne Jenny Jerry Jill Joel Joyce Judy Kathleen Kelly Kirk Kristen Kyle Laurie Lawrence Leslie Lori Lucy
Luke Marilyn Martha Marvin Megan Melissa Meredith Mitchell Molly Nathan Neal Nigel Norman Pamela Phillip Randy Ricky
Rodney Ronnie Rosemary Sandy Shane Sharon Sheila Shirley Stacy Terry Theodore Timothy Todd Travis Trevor Troy Vince
Wayne Wesley Whitney Zachary Abdel Abdulaziz Adel Ahmad Amr Ayman Faisal Farid Hamad Hani Hisham Ibrahim Imran Jamal
Khaled Khalid Mahmoud Majid Mansour Marwan Mustafa Nabil Nasser Rami Salman Sami Samir Tariq Wael Walid Youssef Yousef
Ziad Aditya Akash Anand Arvind Ashok Deepak Dinesh Gautam Harsh Kiran Manoj Mahesh Nikhil Nitin Pradeep Prakash Rakesh
Ramesh Ravi Rohit Sachin Sandeep Sanjeev Sunil Suresh Vikram Vinod Vivek Akio Haruki Hideki Hitoshi Kazuo Kenichi
Makoto Masahiro Masaru Minoru Naoki Nobuyuki Osamu Shigeru Taro Tadashi Takeshi Tetsuya Toshiaki Yasuhiro Yoichi
Yoshihiro Yoshio Yuji Yukio Aksel Anette Asbjørn Birger Bodil Christer Dorthe Einar Frode Göran Gøran Halvor Hege
Helge Ingeborg Jarl Jostein Kjersti Kristin Lasse Lennart Lisbeth Magne Marit Oddvar Øystein Peder Pål Ragnar Ragnhild
Randi Reidar Siri Sissel Solveig Stian Sten Sture Svante Sverre Torgeir Tormod Torunn Unni Vegard Vibeke Ørjan Åke
Anneli Kerstin Gunilla Birgitta Ulrika Jukka Juha Matti Markku Risto Sari Jyrki Antti Ilkka Heikki Jorma Kalle Olli
Pekka Petri Ville Bram Daan Femke Freek Gijs Harm Hendrik Jaap Jacco Jasper Joost Karel Klaas Lieke Marieke Marjolein
Maurits Merel Niek Nienke Reinier Roel Rutger Sander Stijn Thijs Wiebe Achim Armin Burkhard Detlef Dietmar Ekkehard
Elmar Gerd Gottfried Hanno Hartmut Helmut Hubert Ingo Jochen Klemens Konrad Lothar Malte Marlene Ottmar Reiner Rüdiger
Sigmar Theodor Till Volker Agnès Amélie Anne-Marie Aurélien Benoit Bertrand Brice Christelle Claude Corinne Édouard
Emmanuelle Fabrice Florence Franck Frédéric Geneviève Grégoire Guillaume Hervé Jean-Claude Jean-François Jean-Louis
Jean-Luc Jean-Marc Jean-Michel Jean-Paul Jean-Pierre Jérémy Laurence Lionel Martine Matthieu Michèle Pascale Patrice
Rémi Rémy Renaud Sandrine Serge Stanislas Sylvain Thibault Thibaut Alejandro Álvaro Ángel Cristiano Emilio Enrique
Ernesto Fabrizio Federica Gonzalo Guillermo Ignacio Jaime Joaquín Jordi Lorenzo Luigi Marcelo Massimo Mauricio Mauro
Nicola Ricardo Roberta Rodrigo Salvatore Santiago Stefano Tommaso Vittorio Aleksandr Aleksei Alexei Dariusz Dmitri
Jacek Jerzy Krzysztof Marek Mikhail Oleg Pavel Tomasz Vadim Vitaly Wojciech Yuri Zbigniew
Aage Agneta Alf Arve Bård Bengt Börje Ebbe Egil Ernest Flemming Gösta Göte Halvard Hallvard Jarle Ketil Kåre Lotta
Lowell Maud Mogens Øyvind Palle Pär Roar Rolv Siegfried Sigurd Steen Tjeerd Tore Uffe Ulrik Vidar Wilfried Åge
Michiel Dirk-Jan Hielke Floris Cees Marnix Jan-Willem Pieter-Jan Reinout Hidde Menno Douwe Eelco Ewout Auke Sietse Jelle Jan-Erik Casten
Gilbert Ludovic Gerry Jocelyn Jocelyne Udo Leonhard Rocco Ashish Orla Odd Atle Jørn Audun Günther Heiko Jörgen Hein Erwin Gaston Régis Hugues Josiane Mathilde Gudrun Eskil Viggo Dagfinn Torkel Ansgar Gunter Rolf-Dieter Hans-Peter Karl-Heinz Lutz Gregor Ottavio Alessio Giacomo Pierluigi Gianni Rui Nuno Rajiv Naveen Sundar Vikas Kunal
Benedicte Bénédicte Henriette Joacim Sanjiv Ratan Nandan Azim Lakshmi Indra Shantanu Punit Arun Shiv Uday Piyush Harsh Gopal Srinivas Venkat Aditya Ankit Jian Xin Hao Saeed
`;

export const firstNames: string[] = names.split(/\s+/).filter((name) => name.length > 0);
