// Vocabulary for demo customers. Lists are short on purpose: enough variety for segments to
// be interesting, few enough distinct values for the discovery and quality views to group.
export const FEMALE_FIRST_NAMES = [
  'Emma', 'Olivia', 'Sophia', 'Mia', 'Charlotte', 'Amelia', 'Hannah', 'Lea', 'Chloé', 'Lucía',
  'Giulia', 'Sofia', 'Maja', 'Anna', 'Julia', 'Priya', 'Aiko', 'Yuki', 'Isabella', 'Grace',
  'Zoe', 'Nora', 'Elena', 'Camila', 'Fatima', 'Aisha', 'Laura', 'Sarah', 'Emily', 'Ava',
] as const;

export const MALE_FIRST_NAMES = [
  'Liam', 'Noah', 'Oliver', 'James', 'Lucas', 'Leon', 'Paul', 'Hugo', 'Mateo', 'Lorenzo',
  'Jakub', 'Erik', 'Arjun', 'Rahul', 'Haruto', 'Kenji', 'Ethan', 'Daniel', 'Samuel', 'David',
  'Gabriel', 'Thomas', 'Felix', 'Omar', 'Diego', 'Benjamin', 'Jack', 'Henry', 'Max', 'Adam',
] as const;

export const NEUTRAL_FIRST_NAMES = ['Alex', 'Sam', 'Charlie', 'Robin', 'Kai', 'Jordan', 'Taylor', 'Noa'] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Müller',
  'Schmidt', 'Schneider', 'Fischer', 'Martin', 'Bernard', 'Dubois', 'Rossi', 'Russo', 'Ferrari',
  'García', 'Fernández', 'López', 'Kowalski', 'Nowak', 'Andersson', 'Johansson', 'de Jong',
  'Jansen', 'Murphy', "O'Brien", 'Kelly', 'Tanaka', 'Suzuki', 'Sato', 'Patel', 'Sharma', 'Singh',
  'Silva', 'Santos', 'Nguyen', 'Kim', 'Lee', 'Chen', 'Wang', 'Taylor', 'Wilson', 'Anderson',
] as const;

export const EDUCATION = [
  ['high_school', 30],
  ['vocational', 14],
  ['bachelor', 34],
  ['master', 17],
  ['phd', 3],
  ['other', 2],
] as const;

/** Occupation by life stage; income multipliers make income follow occupation. */
export const OCCUPATIONS = {
  student: [['student', 1, 0.25]],
  working: [
    ['software engineer', 10, 1.9],
    ['teacher', 10, 0.95],
    ['nurse', 9, 1.0],
    ['sales representative', 9, 0.9],
    ['accountant', 7, 1.25],
    ['designer', 6, 1.1],
    ['marketing manager', 6, 1.5],
    ['retail associate', 9, 0.6],
    ['electrician', 6, 1.0],
    ['physician', 3, 2.8],
    ['lawyer', 3, 2.4],
    ['consultant', 5, 1.7],
    ['chef', 4, 0.75],
    ['driver', 5, 0.7],
    ['entrepreneur', 4, 1.6],
    ['civil servant', 6, 1.05],
  ],
  retired: [['retired', 1, 0.65]],
} as const;

export const INTERESTS = [
  'fashion', 'electronics', 'home', 'beauty', 'sports', 'books', 'travel', 'gaming',
  'cooking', 'fitness', 'outdoors', 'music', 'photography', 'gardening', 'pets', 'kids',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;
