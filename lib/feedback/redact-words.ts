// Word lists for lib/feedback/redact.ts. Pure data, kept apart so the rules stay readable.

/** Capitalised words that are not names, so they are left alone in the middle of a sentence. */
export const CAPITALISED_NOT_NAMES: readonly string[] = [
  // The person themselves.
  "I",
  // Days and months ("May" is also a name: the month wins, and the first-name list leaves it out).
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  // Services and places people name when they talk about care, none of which points to a person.
  "NHS", "GP", "GPs", "A&E", "Leeds", "Yorkshire", "England", "English", "Britain", "British", "UK", "Wales", "Scotland",
  "Mind", "Samaritans", "Council", "Jobcentre", "Universal", "Credit", "PIP", "ESA", "DWP", "CAMHS", "CMHT",
  "Covid", "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Hanukkah", "God", "Internet", "Zoom", "WhatsApp",
  // Words from the I Statements and the form itself.
  "Statement", "Statements", "Question", "Questions", "Easy", "Read", "Experts", "Experience", "Expert",
  // Identity words people use when they talk about being included (statement 3).
  "Asian", "Black", "White", "African", "Caribbean", "Muslim", "Christian", "Jewish", "Sikh", "Hindu", "Buddhist",
  "Polish", "Urdu", "Punjabi", "Arabic", "Kurdish", "Romanian", "LGBT", "LGBTQ", "LGBTQ+", "Deaf", "BSL",
];

/** Titles that come before a name. */
export const NAME_TITLES: readonly string[] = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Doctor", "Nurse", "Sister", "Prof", "Professor"];

/**
 * Common first names in the UK, used to catch a name at the start of a sentence ("Sam was kind")
 * or in capitals, where the capital-letter rule cannot see it. Names that are also everyday words
 * (Will, May, Hope, Grace, Mark, Bill, Rose, Dawn, Jack, Pat, Sue, Joy, Faith) are left out: they
 * would blank out ordinary sentences, and in the middle of a sentence their capital gives them
 * away anyway.
 */
export const COMMON_FIRST_NAMES: readonly string[] = [
  "Aaron", "Abdul", "Abigail", "Adam", "Adrian", "Ahmed", "Aisha", "Alan", "Alex", "Alexander", "Ali", "Alice", "Alison",
  "Amanda", "Amelia", "Amina", "Amir", "Amy", "Andrew", "Andy", "Angela", "Ann", "Anna", "Anne", "Anthony", "Anya",
  "Arjun", "Ashley", "Barbara", "Ben", "Benjamin", "Beth", "Bethany", "Bilal", "Bob", "Brian", "Callum", "Carl",
  "Carol", "Caroline", "Catherine", "Charlie", "Charlotte", "Chloe", "Chris", "Christine", "Claire", "Craig", "Daniel",
  "Danny", "Darren", "Dave", "David", "Dean", "Debbie", "Deborah", "Declan", "Dennis", "Diane", "Dominic", "Donna",
  "Ella", "Ellie", "Emily", "Emma", "Fatima", "Fiona", "Gareth", "Gary", "Gemma", "George", "Graham", "Hannah",
  "Harry", "Hassan", "Helen", "Ian", "Imran", "Isabella", "Jacob", "James", "Jamie", "Jane", "Janet", "Jason",
  "Jennifer", "Jenny", "Jessica", "Joanne", "John", "Jonathan", "Joseph", "Josh", "Joshua", "Julie", "Karen",
  "Kate", "Katie", "Keith", "Kelly", "Kevin", "Kirsty", "Laura", "Lauren", "Leanne", "Lee", "Leon", "Liam",
  "Linda", "Lisa", "Louise", "Lucy", "Luke", "Margaret", "Maria", "Martin", "Mary", "Matthew", "Matt", "Megan",
  "Michael", "Michelle", "Mike", "Mohammed", "Mohammad", "Muhammad", "Natalie", "Neil", "Nicola", "Nicole",
  "Noah", "Oliver", "Olivia", "Omar", "Owen", "Paul", "Paula", "Peter", "Philip", "Priya", "Rachel", "Rebecca",
  "Richard", "Rob", "Robert", "Ryan", "Sadia", "Sally", "Sam", "Samantha", "Samuel", "Sandra", "Sarah", "Scott",
  "Sean", "Shabana", "Sharon", "Simon", "Sophie", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Tariq",
  "Thomas", "Tom", "Tony", "Tracey", "Vicky", "Wayne", "William", "Yasmin", "Zainab", "Zoe",
];

/** Words that end a street name: "14 Park Road", "Harehills Lane". */
export const STREET_WORDS: readonly string[] = [
  "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Close", "Crescent", "Court", "Place",
  "Grove", "Gardens", "Terrace", "Way", "Walk", "Mount", "View", "Hill", "Square", "Row", "Parade", "Rise",
  "Green", "Mews", "Vale", "Fold", "Croft", "Garth", "Approach", "Wharf",
];
