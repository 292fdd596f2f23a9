/*
 * Common forenames and surnames in the UK, for the personal-name scanner. Chosen from the names
 * most often registered across the generations adult social care serves (ONS baby-name and
 * surname frequency lists, 1930s to 2010s) and the communities councils serve; spellings as
 * usually written. Frozen data: a name scanner that relies on lists is a safety net that catches
 * the common case, never a guarantee that a text holds no names.
 */

/** About 300 common UK forenames. */
export const COMMON_UK_FORENAMES: readonly string[] = Object.freeze([
  // Women, older generations
  'Ada', 'Agnes', 'Alice', 'Alison', 'Amanda', 'Angela', 'Ann', 'Anne', 'Annie', 'Audrey', 'Barbara', 'Beatrice',
  'Beryl', 'Betty', 'Brenda', 'Bridget', 'Carol', 'Catherine', 'Christine', 'Clara', 'Deborah', 'Denise', 'Diane',
  'Doreen', 'Doris', 'Dorothy', 'Edith', 'Edna', 'Eileen', 'Elaine', 'Eleanor', 'Elizabeth', 'Elsie', 'Emily',
  'Ethel', 'Evelyn', 'Florence', 'Frances', 'Gail', 'Gillian', 'Gladys', 'Gwendoline', 'Helen', 'Hilda', 'Irene',
  'Jacqueline', 'Janet', 'Janice', 'Jean', 'Jennifer', 'Joan', 'Josephine', 'Joyce', 'Judith', 'Julie', 'Karen',
  'Kathleen', 'Lesley', 'Lilian', 'Linda', 'Lorraine', 'Lynn', 'Mabel', 'Margaret', 'Marian', 'Marion', 'Marjorie',
  'Martha', 'Mary', 'Maureen', 'Mavis', 'Muriel', 'Nora', 'Norma', 'Olive', 'Pamela', 'Patricia', 'Pauline', 'Peggy',
  'Phyllis', 'Rita', 'Rosemary', 'Sandra', 'Sheila', 'Shirley', 'Sylvia', 'Valerie', 'Vera', 'Wendy', 'Winifred',
  // Women, younger generations
  'Abigail', 'Amelia', 'Amy', 'Bethany', 'Charlotte', 'Chloe', 'Claire', 'Donna', 'Ella', 'Emma', 'Evie', 'Freya',
  'Hannah', 'Harriet', 'Isabella', 'Isla', 'Jessica', 'Joanne', 'Katherine', 'Kelly', 'Laura', 'Leah', 'Lisa',
  'Louise', 'Lucy', 'Megan', 'Michelle', 'Molly', 'Natalie', 'Nicola', 'Olivia', 'Rachel', 'Rebecca', 'Samantha',
  'Sarah', 'Sophie', 'Stephanie', 'Susan', 'Tracey', 'Victoria', 'Zoe', 'Jane', 'Julia', 'Caroline', 'Teresa',
  'Gemma', 'Kirsty', 'Hayley', 'Anna', 'Maria', 'Sophia',
  // Women, names common in the UK's South Asian, African, Caribbean and Eastern European communities
  'Aisha', 'Amina', 'Anita', 'Asha', 'Ayesha', 'Chioma', 'Fatima', 'Gurpreet', 'Harpreet', 'Jaspreet', 'Khadija',
  'Manjit', 'Maryam', 'Nadia', 'Nasreen', 'Ngozi', 'Parveen', 'Priya', 'Rukhsana', 'Samina', 'Shabana', 'Shazia',
  'Sunita', 'Yasmin', 'Zainab', 'Agnieszka', 'Katarzyna', 'Abena', 'Adaeze', 'Folasade',
  // Men, older generations
  'Albert', 'Alfred', 'Alan', 'Anthony', 'Arthur', 'Barry', 'Bernard', 'Brian', 'Charles', 'Christopher', 'Clifford',
  'Colin', 'Cyril', 'David', 'Dennis', 'Derek', 'Donald', 'Douglas', 'Edward', 'Eric', 'Ernest', 'Frederick',
  'Geoffrey', 'George', 'Gordon', 'Graham', 'Harold', 'Herbert', 'Ian', 'James', 'John', 'Keith', 'Kenneth',
  'Leonard', 'Leslie', 'Malcolm', 'Michael', 'Neil', 'Norman', 'Peter', 'Philip', 'Raymond', 'Reginald', 'Richard',
  'Robert', 'Ronald', 'Roy', 'Sidney', 'Stanley', 'Stephen', 'Terence', 'Thomas', 'Trevor', 'Walter', 'William',
  // Men, younger generations
  'Aaron', 'Adam', 'Alexander', 'Alfie', 'Andrew', 'Archie', 'Benjamin', 'Bradley', 'Callum', 'Charlie', 'Connor',
  'Craig', 'Daniel', 'Darren', 'Dylan', 'Ethan', 'Freddie', 'Gareth', 'Gary', 'Harry', 'Henry', 'Jacob', 'Jamie',
  'Jason', 'Jonathan', 'Jordan', 'Joseph', 'Joshua', 'Kevin', 'Kieran', 'Lewis', 'Liam', 'Lucas', 'Luke', 'Martin',
  'Matthew', 'Nathan', 'Nicholas', 'Nigel', 'Noah', 'Oliver', 'Oscar', 'Owen', 'Patrick', 'Paul', 'Rhys', 'Ryan',
  'Samuel', 'Scott', 'Sean', 'Simon', 'Steven', 'Stuart', 'Theo', 'Timothy', 'Tyler', 'Wayne', 'Tom', 'Dave',
  'Mike', 'Steve', 'Chris', 'Tony', 'Joe', 'Andy', 'Phil', 'Jim',
  // Men, names common in the UK's South Asian, African, Caribbean and Eastern European communities
  'Abdul', 'Ahmed', 'Anil', 'Arjun', 'Asif', 'Bilal', 'Emeka', 'Gurdeep', 'Harjit', 'Hassan', 'Ibrahim', 'Imran',
  'Kofi', 'Krzysztof', 'Kwame', 'Mohammad', 'Mohammed', 'Muhammad', 'Omar', 'Piotr', 'Rajesh', 'Ravi', 'Sanjay',
  'Sukhwinder', 'Tariq', 'Tomasz', 'Tunde', 'Vijay', 'Yusuf', 'Delroy', 'Winston', 'Errol',
  // Forenames that are also everyday English words: matched only next to a known surname
  'April', 'Bill', 'Dawn', 'Faith', 'Frank', 'Grace', 'Holly', 'Hope', 'Iris', 'Ivy', 'Jack', 'Jade', 'Joy', 'June',
  'Lily', 'Mark', 'Max', 'May', 'Pat', 'Poppy', 'Rose', 'Ruby', 'Violet', 'Will', 'Daisy', 'Amber', 'Dean', 'Lee',
  'Precious', 'Blessing', 'Victor', 'Sue', 'Rob', 'Nick', 'Bob', 'Matt', 'Ben', 'Sam',
]);

/**
 * Forenames that are also ordinary English words ("Will", "May", "Grace", "Mark"). At the start
 * of a sentence or before any capitalised word they are too often not names, so the scanner only
 * flags them next to a known surname.
 */
export const FORENAMES_THAT_ARE_COMMON_WORDS: readonly string[] = Object.freeze([
  'April', 'Bill', 'Dawn', 'Faith', 'Frank', 'Grace', 'Holly', 'Hope', 'Iris', 'Ivy', 'Jack', 'Jade', 'Joy', 'June',
  'Lily', 'Mark', 'Max', 'May', 'Pat', 'Poppy', 'Rose', 'Ruby', 'Violet', 'Will', 'Daisy', 'Amber', 'Dean', 'Lee',
  'Precious', 'Blessing', 'Victor', 'Sue', 'Olive', 'Carol', 'Norma', 'Rob', 'Nick', 'Bob', 'Matt', 'Ben', 'Sam',
]);

/** About 200 common UK surnames. */
export const COMMON_UK_SURNAMES: readonly string[] = Object.freeze([
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
  'Clarke', 'Clark', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore',
  'King', 'Watson', 'Baker', 'Harrison', 'Morgan', 'Young', 'Allen', 'Mitchell', 'Anderson', 'Lee', 'Bell',
  'Parker', 'Davis', 'Bennett', 'Miller', 'Cook', 'Shaw', 'Campbell', 'Kelly', 'Richardson', 'Carter', 'Griffiths',
  'Marshall', 'Stewart', 'Simpson', 'Collins', 'Phillips', 'Murphy', 'Adams', 'Murray', 'Khan', 'Ellis', 'Chapman',
  'Mason', 'Graham', 'Rogers', 'Hunt', 'Cox', 'Powell', 'Webb', 'Holmes', 'Lloyd', 'Price', 'Mills', 'Palmer',
  'Owen', 'Knight', 'Fisher', 'Barnes', 'Russell', 'Matthews', 'Butler', 'Reid', 'Fletcher', 'Dixon', 'Morrison',
  'Gibson', 'Gray', 'Grey', 'Ross', 'Cole', 'Pearson', 'Holland', 'Stevens', 'Hudson', 'Hussain', 'Ali', 'Ahmed',
  'Begum', 'Singh', 'Kaur', 'Sharma', 'Shah', 'Akhtar', 'Iqbal', 'Rahman', 'Mahmood', 'Malik', 'Islam', 'Kumar',
  'Chowdhury', 'Mistry', 'Okafor', 'Adeyemi', 'Mensah', 'Okoro', 'Nowak', 'Kowalski', 'Wisniewski', 'Walsh',
  'Kennedy', 'Byrne', 'Ryan', "O'Brien", "O'Neill", "O'Connor", 'Doyle', 'McDonald', 'MacDonald', 'McLean',
  'Scott', 'Watts', 'Lawrence', 'Wells', 'Andrews', 'Saunders', 'Atkinson', 'Hart', 'Spencer', 'Payne', 'Pearce',
  'Lawson', 'Dean', 'Burton', 'Ball', 'Sutton', 'Hamilton', 'Gardner', 'Hayes', 'Armstrong', 'Fox', 'Berry',
  'Francis', 'Bailey', 'Jenkins', 'Foster', 'Howard', 'Kaye', 'Rees', 'Bradley', 'Dawson', 'Barker', 'Ford',
  'Grant', 'Chambers', 'Long', 'Jordan', 'Burns', 'Hunter', 'Black', 'Booth', 'Henderson', 'Lane', 'Lambert',
  'Cunningham', 'Reynolds', 'Moss', 'Stone', 'Newman', 'Sharp', 'Barrett', 'Welch', 'Page', 'Warren', 'Nicholson',
  'Day', 'Rose', 'Brooks', 'Gill', 'Dunn', 'Lowe', 'Fraser', 'Tucker', 'Kerr', 'Parsons', 'Perry', 'Jennings',
  'Hopkins', 'Bates', 'Webster', 'Pritchard', 'Vaughan', 'Barton', 'Howell', 'Nash', 'Hooper', 'Goodwin',
]);

/**
 * Capitalised words that often follow a forename without being a surname: the names of
 * services, places and organisations ("Grace Court", "Florence Ward", "Albert Road"), days and
 * months. A forename followed by one of these is not reported, even when the word is also a
 * surname ("Florence Ward" is more often a hospital ward than a person in a case note).
 */
export const NOT_SURNAMES_AFTER_FORENAME: readonly string[] = Object.freeze([
  'Avenue', 'Board', 'Care', 'Centre', 'Center', 'Close', 'College', 'Council', 'Court', 'Crescent', 'Drive',
  'Foundation', 'Gardens', 'Group', 'Health', 'Home', 'Hospice', 'Hospital', 'House', 'Infirmary', 'Lodge', 'Manor',
  'Medical', 'Nursing', 'Partnership', 'Place', 'Practice', 'Road', 'School', 'Service', 'Services', 'Square',
  'Street', 'Surgery', 'Team', 'Terrace', 'Trust', 'Unit', 'University', 'Village', 'Ward', 'Way', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Act', 'Day', 'Club', 'Society',
  'Project', 'Scheme', 'Plan', 'Review', 'Assessment', 'Support', 'The', 'And', 'Of', 'In', 'On', 'At', 'To',
]);
